import sys
import sysconfig


def main() -> None:
    free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))  # (1)!
    gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()  # (2)!
    print("free-threaded build:", free_threaded_build)
    print("GIL enabled:", gil_enabled)
    print("switch interval (s):", sys.getswitchinterval())  # (3)!


if __name__ == "__main__":
    main()
