"""Question understanding: plain-English mechanics questions -> a structured problem.

Pure functions, no I/O: `parse_question` finds the quantities (numbers with units), what is asked
and in which unit; `plan_question` chooses the physics (a recipe) and binds the quantities to its
variables, or says what is missing.
"""
