"""Rasa's command line with Safe to Say's changes installed first.

    .venv/bin/python -m bot.rasa_patches run --model models ...     (anything `rasa` takes)
"""

import sys

from bot import rasa_patches


def main() -> None:
    try:
        rasa_patches.install()
    except rasa_patches.UnsupportedVersion as error:
        sys.exit(str(error))
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
