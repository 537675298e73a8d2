"""Writing a supervision pack out: Markdown, HTML and PDF from one outline."""
