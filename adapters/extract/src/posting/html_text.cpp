// The walk keeps its own stack so that closing a block element can end its line (and so no depth is too deep).
#include "html_text.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include <offertracker/text/ascii.hpp>

#include "html_tree.hpp"
#include "posting_text.hpp"

namespace offertracker::extract::posting {
namespace {

bool is_block(GumboTag tag) noexcept {
    static constexpr std::array blocks{
        GUMBO_TAG_P,       GUMBO_TAG_DIV,     GUMBO_TAG_LI,         GUMBO_TAG_UL,      GUMBO_TAG_OL,
        GUMBO_TAG_H1,      GUMBO_TAG_H2,      GUMBO_TAG_H3,         GUMBO_TAG_H4,      GUMBO_TAG_H5,
        GUMBO_TAG_H6,      GUMBO_TAG_TR,      GUMBO_TAG_TABLE,      GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE,
        GUMBO_TAG_HEADER,  GUMBO_TAG_FOOTER,  GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE,     GUMBO_TAG_DL,
        GUMBO_TAG_DT,      GUMBO_TAG_DD,      GUMBO_TAG_HR,         GUMBO_TAG_ASIDE,   GUMBO_TAG_NAV,
        GUMBO_TAG_MAIN,    GUMBO_TAG_FIGURE,  GUMBO_TAG_ADDRESS,    GUMBO_TAG_BODY,    GUMBO_TAG_FORM,
    };
    return std::find(blocks.begin(), blocks.end(), tag) != blocks.end();
}

bool is_hidden(GumboTag tag) noexcept {
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_HEAD ||
           tag == GUMBO_TAG_NOSCRIPT;
}

void append_collapsed(std::string& out, std::string_view text) {
    for (const char c : text) {
        if (text::is_ascii_space(c)) {
            if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
        } else {
            out += c;
        }
    }
}

void end_line(std::string& out) {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.back() != '\n') out += '\n';
}

}  // namespace

std::string node_text(const GumboNode* element, std::size_t max_bytes) {
    std::string out;
    std::vector<std::pair<const GumboNode*, unsigned>> stack{{element, 0u}};
    while (!stack.empty() && out.size() < max_bytes) {
        const GumboNode* parent = stack.back().first;
        const GumboVector& children = parent->v.element.children;
        if (stack.back().second == children.length) {
            if (is_block(parent->v.element.tag)) end_line(out);
            stack.pop_back();
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(children.data[stack.back().second++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
            append_collapsed(out, child->v.text.text);
        } else if (is_element(child)) {
            const GumboTag tag = child->v.element.tag;
            if (tag == GUMBO_TAG_BR) end_line(out);
            if (is_hidden(tag)) continue;
            if (is_block(tag)) end_line(out);
            stack.emplace_back(child, 0u);
        }
    }
    return out;
}

std::optional<std::string> html_to_text(std::string_view html) {
    const bool escaped = html.find('<') == std::string_view::npos && html.find("&lt;") != std::string_view::npos;
    const html_tree tree(html);
    std::string text = node_text(tree.root(), 8 * max_description_chars);
    if (escaped) {
        const html_tree unescaped(text);
        text = node_text(unescaped.root(), 8 * max_description_chars);
    }
    return clean_lines(text);
}

}  // namespace offertracker::extract::posting
