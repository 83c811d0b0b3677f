"""The staff web app: sign-in, the centre's chat page (staff and public modes), and records."""
