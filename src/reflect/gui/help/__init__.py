"""Help inside the app: the guide, the keyboard shortcuts and About, all offline."""
