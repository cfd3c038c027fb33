"""Career: comparing two roles, walking the ladders, and the gap from one role to another."""
