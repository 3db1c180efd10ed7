// The target is its header: the declaration of libFuzzer's driver. SwiftPM needs one source
// file to build a C target.
#include "CFuzzDriver.h"
