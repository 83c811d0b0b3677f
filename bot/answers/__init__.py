"""Reading people's answers: free text, numbers and button presses mapped to stored values."""
