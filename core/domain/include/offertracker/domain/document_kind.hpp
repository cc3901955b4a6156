// Recognising uploaded documents by name, declared type and content (docs/behaviour.md §13).
#pragma once

#include <optional>
#include <string_view>

namespace offertracker::domain {

enum class document_kind { pdf, doc, docx };

// From the file name's extension, case-insensitive: .pdf, .doc, .docx.
std::optional<document_kind> kind_from_filename(std::string_view filename);
// From a declared MIME type (parameters such as "; charset=" ignored, case-insensitive).
std::optional<document_kind> kind_from_content_type(std::string_view content_type);
// From the bytes: PDF "%PDF-", DOC the OLE2 compound-file signature, DOCX a zip holding a "word/" entry.
std::optional<document_kind> kind_from_content(std::string_view content);

std::string_view content_type_of(document_kind k);
std::string_view extension_of(document_kind k);  // ".pdf", ".doc", ".docx"

// The kind of an upload when its name, declared type and content all agree; nullopt otherwise. A declared
// type that says nothing (absent, application/octet-stream) does not agree (docs/behaviour.md §13).
std::optional<document_kind> classify_upload(std::string_view filename, std::string_view content_type,
                                             std::string_view content);

}  // namespace offertracker::domain
