#ifndef RECALL_CREADLINE_SHIM_H
#define RECALL_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>
#endif
