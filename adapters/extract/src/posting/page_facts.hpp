// What a parsed page says about itself, source by source, before any precedence is applied.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "html_tree.hpp"

namespace offertracker::extract::posting {

struct page_facts {
    std::vector<std::string> json_ld;           // <script type="application/ld+json"> contents, in document order
    const GumboNode* microdata = nullptr;       // the first itemscope element typed schema.org JobPosting
    std::optional<std::string> og_title, og_site_name, og_description, og_url;  // the first of each, raw
    std::optional<std::string> canonical;       // <link rel=canonical href>, raw
    std::optional<std::string> title;           // the HTML <title>'s text, raw
    std::optional<std::string> meta_description;
};

// One walk over the tree; the facts point into it (microdata), so they live no longer than `tree`.
[[nodiscard]] page_facts read_page(const html_tree& tree);

}  // namespace offertracker::extract::posting
