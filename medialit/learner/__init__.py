"""What a learner touches: grading, the try-and-reveal policy, saved progress and the practice widgets."""
