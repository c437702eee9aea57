"""Collects the problems the checks find, each tied to the file it is about."""

import os


class Problems:
    """An ordered list of 'file: message' lines; empty means every check passed."""

    def __init__(self, repo):
        self.repo = repo
        self.lines = []
        self.checks = 0

    def check(self, ok, path, message):
        """Counts one check and records the message when it failed; returns ok."""
        self.checks += 1
        if not ok:
            self.lines.append(f"{os.path.relpath(path, self.repo)}: {message}")
        return ok

    def fail(self, path, message):
        """Records a problem found outside a yes/no check (a file that does not parse, say)."""
        self.check(False, path, message)
