// A page parsed by gumbo (after the nesting guard), owned for the length of one parse, and the walks over it.
// Every walk is iterative: gumbo's trees may be deeper than a thread's stack allows recursion.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include <gumbo.h>

namespace offertracker::extract::posting {

class html_tree {
public:
    explicit html_tree(std::string_view html);
    ~html_tree();
    html_tree(const html_tree&) = delete;
    html_tree& operator=(const html_tree&) = delete;

    [[nodiscard]] const GumboNode* root() const noexcept { return output_->root; }

private:
    GumboOutput* output_;
};

// The attribute's value, or nullptr when the element has none.
[[nodiscard]] const char* attribute(const GumboNode* element, const char* name) noexcept;

[[nodiscard]] inline bool is_element(const GumboNode* node) noexcept {
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// Calls visit(element) for every element below `node` (not `node` itself) in document order; visit returns
// whether to descend into that element's children.
template <class Visit>
void for_each_element_below(const GumboNode* node, Visit&& visit) {
    std::vector<std::pair<const GumboNode*, unsigned>> stack{{node, 0u}};
    while (!stack.empty()) {
        auto& [parent, next] = stack.back();
        const GumboVector& children = parent->v.element.children;
        if (next == children.length) {
            stack.pop_back();
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(children.data[next++]);
        if (is_element(child) && visit(child)) stack.emplace_back(child, 0u);
    }
}

}  // namespace offertracker::extract::posting
