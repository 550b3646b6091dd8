// Header-only target: LLVMFuzzerRunDriver comes from libFuzzer.
#include "CFuzzDriver.h"
