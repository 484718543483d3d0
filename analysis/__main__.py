"""``python -m analysis render ...``: render notebooks and figures (see ``analysis.render``)."""
import sys

from .render import main

if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or args[0] != "render":
        print("usage: python -m analysis render [--notebook NAME] [-p KEY VALUE]... [-r KEY VALUE]... "
              "[--output-dir DIR] [--in-place]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(args[1:]))
