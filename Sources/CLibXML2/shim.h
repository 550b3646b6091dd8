#ifndef TEXML_CLIBXML2_SHIM_H
#define TEXML_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its headers then pull in ICU types that clash with the ICU
// bundled in Foundation. texml never uses libxml2's ICU-backed encoders directly.
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
#include <libxml/xmlmemory.h>
#include <stdarg.h>
#include <stdio.h>

/// `xmlFree` is a global function pointer, which Swift cannot call directly.
static inline void texml_xmlFree(void *pointer) { xmlFree(pointer); }

/// Current byte offset of the parser in the original input (constant time for UTF-8 input).
static inline long texml_byte_offset(xmlParserCtxtPtr ctxt) { return xmlByteConsumed(ctxt); }

/// What libxml2 reported through its generic error function during one parse: errors raised
/// without a parser context (an encoding conversion that fails), which would otherwise be printed
/// on the process's stderr.
typedef struct {
    int count;
    char first[240];
} texml_generic_errors;

static void texml_collect_generic_error(void *context, const char *message, ...) {
    texml_generic_errors *errors = (texml_generic_errors *)context;
    if (errors == NULL) return;
    if (errors->count++ == 0) {
        va_list arguments;
        va_start(arguments, message);
        vsnprintf(errors->first, sizeof errors->first, message, arguments);
        va_end(arguments);
    }
}

/// Parses `size` bytes with a caller-owned SAX handler. The handler's callbacks receive the parser
/// context as user data; `state` is stored in `ctxt->_private` for them. libxml2's generic error
/// function (per thread) collects into `generic` for the parse and is reset afterwards, so nothing
/// reaches stderr. Returns 0 when the document was well-formed.
static inline int texml_sax_parse(xmlSAXHandlerPtr sax, void *state, const char *bytes, int size,
                                  int options, texml_generic_errors *generic) {
    xmlSetGenericErrorFunc(generic, texml_collect_generic_error);
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(bytes, size);
    if (ctxt == NULL) {
        xmlSetGenericErrorFunc(NULL, NULL);
        return -1;
    }
    xmlSAXHandlerPtr original = ctxt->sax;
    ctxt->sax = sax;
    ctxt->userData = ctxt;
    ctxt->_private = state;
    xmlCtxtUseOptions(ctxt, options);
    xmlParseDocument(ctxt);
    int wellFormed = ctxt->wellFormed;
    ctxt->sax = original;
    // libxml2 builds a stand-in document for SAX handlers in some declarations (an entity in an
    // internal subset); the context does not own it, so free it as xmlSAXUserParseMemory does.
    if (ctxt->myDoc != NULL) {
        xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
    }
    xmlFreeParserCtxt(ctxt);
    xmlSetGenericErrorFunc(NULL, NULL);
    return wellFormed ? 0 : 1;
}

#endif
