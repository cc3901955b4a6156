// Only HTML-namespace elements count: an SVG <title> or <script> is not the page's.
#include "page_facts.hpp"

#include <string_view>

#include <offertracker/text/ascii.hpp>


namespace offertracker::extract::posting {
namespace {

bool equals_nocase(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto la = a[i] >= 'A' && a[i] <= 'Z' ? a[i] - 'A' + 'a' : a[i];
        const auto lb = b[i] >= 'A' && b[i] <= 'Z' ? b[i] - 'A' + 'a' : b[i];
        if (la != lb) return false;
    }
    return true;
}

// Whether a space-separated attribute (rel, itemtype) holds a token satisfying `match`.
template <class Match>
bool has_token(const char* list, Match&& match) {
    if (!list) return false;
    std::string_view rest(list);
    while (!rest.empty()) {
        rest = text::trim_ascii_space(rest);
        std::size_t end = 0;
        while (end < rest.size() && !text::is_ascii_space(rest[end])) ++end;
        if (end > 0 && match(rest.substr(0, end))) return true;
        rest.remove_prefix(end);
    }
    return false;
}

bool is_job_posting_type(std::string_view type) {
    return type.ends_with("schema.org/JobPosting") || type.ends_with("schema.org/JobPosting/");
}

bool is_json_ld(const char* type) {
    if (!type) return false;
    std::string_view t = text::trim_ascii_space(type);
    t = text::trim_ascii_space(t.substr(0, t.find(';')));
    return equals_nocase(t, "application/ld+json");
}

std::string children_text(const GumboNode* element) {
    std::string out;
    const GumboVector& children = element->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA)
            out += child->v.text.text;
    }
    return out;
}

void keep_first(std::optional<std::string>& slot, const char* value) {
    if (!slot && value) slot = value;
}

void read_meta(page_facts& facts, const GumboNode* meta) {
    const char* key = attribute(meta, "property");
    if (!key) key = attribute(meta, "name");
    if (!key) return;
    const char* content = attribute(meta, "content");
    const std::string_view k = text::trim_ascii_space(key);
    if (equals_nocase(k, "og:title")) keep_first(facts.og_title, content);
    else if (equals_nocase(k, "og:site_name")) keep_first(facts.og_site_name, content);
    else if (equals_nocase(k, "og:description")) keep_first(facts.og_description, content);
    else if (equals_nocase(k, "og:url")) keep_first(facts.og_url, content);
    else if (equals_nocase(k, "description")) keep_first(facts.meta_description, content);
}

}  // namespace

page_facts read_page(const html_tree& tree) {
    page_facts facts;
    for_each_element_below(tree.root(), [&](const GumboNode* node) {
        const GumboElement& element = node->v.element;
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;
        switch (element.tag) {
            case GUMBO_TAG_SCRIPT:
                if (is_json_ld(attribute(node, "type"))) facts.json_ld.push_back(children_text(node));
                return false;
            case GUMBO_TAG_META: read_meta(facts, node); return false;
            case GUMBO_TAG_LINK:
                if (has_token(attribute(node, "rel"), [](std::string_view t) { return equals_nocase(t, "canonical"); }))
                    keep_first(facts.canonical, attribute(node, "href"));
                return false;
            case GUMBO_TAG_TITLE:
                if (!facts.title) facts.title = children_text(node);
                return false;
            default: break;
        }
        if (!facts.microdata && attribute(node, "itemscope") && has_token(attribute(node, "itemtype"), is_job_posting_type))
            facts.microdata = node;
        return true;
    });
    return facts;
}

}  // namespace offertracker::extract::posting
