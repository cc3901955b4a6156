// ports::posting_parser over gumbo (HTML) and Boost.JSON (JSON-LD). Stateless, so one instance serves every thread.
#pragma once

#include <optional>
#include <string_view>

#include <offertracker/ports/posting_parser.hpp>

namespace offertracker::extract {

class gumbo_posting_parser final : public ports::posting_parser {
public:
    [[nodiscard]] std::optional<ports::job_posting> parse(std::string_view html,
                                                          std::string_view page_url) const override;
};

}  // namespace offertracker::extract
