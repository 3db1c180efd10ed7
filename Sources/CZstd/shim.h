#ifndef RECALL_CZSTD_SHIM_H
#define RECALL_CZSTD_SHIM_H
#include <zstd.h>
#endif
