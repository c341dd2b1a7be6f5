"""Pure physics kernels (no I/O): numba-compiled scalar and batch functions, SI units throughout."""
