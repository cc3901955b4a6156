// HTML to plain text: what a posting's description becomes, from a JSON-LD string or a microdata element.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <gumbo.h>

namespace offertracker::extract::posting {

// The text of the element's subtree, entities decoded: block elements (paragraphs, list items, headings, table
// rows, ...) and <br> start new lines, runs of whitespace collapse to one space, script, style and template contents
// are left out. Not yet cleaned (see clean_line/clean_lines); collection stops after about max_bytes.
[[nodiscard]] std::string node_text(const GumboNode* element, std::size_t max_bytes);

// An HTML fragment (a JSON-LD description) as cleaned multi-line text. A fragment that holds its HTML escaped
// ("&lt;p&gt;...", as some job boards write it) is unescaped once first.
[[nodiscard]] std::optional<std::string> html_to_text(std::string_view html);

}  // namespace offertracker::extract::posting
