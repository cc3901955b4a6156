// The walk below an item stops at nested itemscopes: their properties are theirs, read by the recursion (whose
// depth is bounded), so every element is read once per enclosing item value at most.
#include "microdata.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/text/ascii.hpp>

#include "html_text.hpp"
#include "posting_text.hpp"

namespace offertracker::extract::posting {
namespace {

constexpr int max_item_depth = 3;
// Bounds on what hostile markup can make an item hold (a JobPosting has about fifteen properties).
constexpr std::size_t max_item_properties = 64;
constexpr std::size_t max_names_per_element = 8;

// The names of an itemprop list the item does not hold yet, within the bounds.
std::vector<std::string_view> new_names(const boost::json::object& item, std::string_view names) {
    std::vector<std::string_view> fresh;
    while (!(names = text::trim_ascii_space(names)).empty() && fresh.size() < max_names_per_element &&
           item.size() + fresh.size() < max_item_properties) {
        std::size_t end = 0;
        while (end < names.size() && !text::is_ascii_space(names[end])) ++end;
        const std::string_view name = names.substr(0, end);
        if (!item.contains(name) && std::find(fresh.begin(), fresh.end(), name) == fresh.end()) fresh.push_back(name);
        names.remove_prefix(end);
    }
    return fresh;
}

std::string property_value(const GumboNode* element) {
    const auto attr = [&](const char* name) -> std::string {
        const char* value = attribute(element, name);
        return value ? value : "";
    };
    switch (element->v.element.tag) {
        case GUMBO_TAG_META: return attr("content");
        case GUMBO_TAG_A:
        case GUMBO_TAG_AREA:
        case GUMBO_TAG_LINK: return attr("href");
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_SOURCE:
        case GUMBO_TAG_EMBED:
        case GUMBO_TAG_IFRAME: return attr("src");
        case GUMBO_TAG_DATA:
        case GUMBO_TAG_METER: return attr("value");
        case GUMBO_TAG_TIME:
            if (attribute(element, "datetime")) return attr("datetime");
            break;
        default: break;
    }
    return node_text(element, 8 * max_description_chars);
}

boost::json::object item_at(const GumboNode* scope, int depth) {
    boost::json::object item;
    for_each_element_below(scope, [&](const GumboNode* element) {
        const char* names = attribute(element, "itemprop");
        const bool nested_scope = attribute(element, "itemscope") != nullptr;
        if (names) {
            const auto fresh = new_names(item, names);
            if (!fresh.empty()) {
                boost::json::value value;
                if (nested_scope && depth < max_item_depth) value = item_at(element, depth + 1);
                else value = property_value(element);
                for (const std::string_view name : fresh) item[name] = value;
            }
        }
        return !nested_scope;
    });
    return item;
}

}  // namespace

boost::json::object microdata_item(const GumboNode* scope) { return item_at(scope, 0); }

}  // namespace offertracker::extract::posting
