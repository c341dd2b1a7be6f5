"""Mathematics: quadratic equations, trigonometric values, triangles, unit conversion (filled in once
the math server's tools exist)."""
