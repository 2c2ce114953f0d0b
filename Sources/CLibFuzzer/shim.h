// libFuzzer's driver, for a fuzz target that keeps its own main (SwiftPM gives every
// executable one). Present in the fuzz build only, where -sanitize=fuzzer links libFuzzer.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*UserCb)(const uint8_t *Data, size_t Size));
