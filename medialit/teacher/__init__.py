"""What a teacher touches: exporting learners' work, class results and agreement, handouts."""
