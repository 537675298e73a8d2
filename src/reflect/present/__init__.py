"""How Reflect speaks, for the window and the command line alike.

Languages and their translations, errors as sentences, the computer-side
preferences (the language among them) and the summary's figures as text.
Qt's core only (no widgets): the command line uses it without a window.
"""
