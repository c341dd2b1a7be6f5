"""Pure maths for the math tools: a safe CAS front end (sympy), trigonometry, triangles,
logarithms, statistics with uncertainties and significant figures. No I/O."""
