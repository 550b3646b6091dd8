// libFuzzer's driver entry point (compiler-rt, linked by -sanitize=fuzzer). SwiftPM links an executable
// with its entry point renamed to <module>_main, so each target's main calls the driver itself.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
