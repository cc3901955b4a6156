// gumbo with error recording off: gumbo copies its open-element stack into every parse error it records, which
// costs more than the parse on broken pages and is never read here.
#include "html_tree.hpp"

#include "nesting_guard.hpp"

namespace offertracker::extract::posting {

html_tree::html_tree(std::string_view html) {
    const std::string_view kept = nesting_bounded(html);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    output_ = gumbo_parse_with_options(&options, kept.empty() ? "" : kept.data(), kept.size());
}

html_tree::~html_tree() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

const char* attribute(const GumboNode* element, const char* name) noexcept {
    const GumboAttribute* found = gumbo_get_attribute(&element->v.element.attributes, name);
    return found ? found->value : nullptr;
}

}  // namespace offertracker::extract::posting
