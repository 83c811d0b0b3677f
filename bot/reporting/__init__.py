"""What centres send on: the monthly return to the police contact, and synthetic data to test it."""
