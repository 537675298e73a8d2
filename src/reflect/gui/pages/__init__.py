"""The main window's pages, one package each, named as the navigation names them:
Today, Journal, Write, Prompts, Summaries and Settings."""
