"""Prompts: the library of prompts by theme, favourites, hidden ones and the writer's own."""
