// The one header DebriefKit imports: the core parser and the GFM extensions
// (table, strikethrough, autolink, tasklist, tagfilter).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
