"""Reflect's look: named colour, type and spacing tokens, and the one stylesheet made from them."""
