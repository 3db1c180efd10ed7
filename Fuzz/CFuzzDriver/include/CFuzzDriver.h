#ifndef RECALL_CFUZZDRIVER_H
#define RECALL_CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for a program that has its own main (SwiftPM gives every executable
/// target one): parses libFuzzer's options from argv and fuzzes `callback`. It exists only in
/// a build with -sanitize=fuzzer, so only code compiled with -DFUZZING may call it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
