"""Budget assistant."""
