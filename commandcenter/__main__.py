"""`python -m commandcenter` runs the same entry point as the console script."""

from commandcenter.cli import main

if __name__ == "__main__":
    main()
