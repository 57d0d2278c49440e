"""Sub-commands of the ``samtale`` command line, one module each."""
