"""Dialogs that turn a duty officer's input into decisions (never opened with exec())."""
