// The byte_scan tests again, on the portable emulation that machines without SSE2 use.
#define UNLINT_SCALAR_BYTES 1
#define BYTE_SCAN_SUITE ByteScanScalar
#include "byte_scan_test.cpp"  // NOLINT(bugprone-suspicious-include)
