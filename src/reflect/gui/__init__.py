"""The Qt desktop interface. The only layer that builds widgets."""
