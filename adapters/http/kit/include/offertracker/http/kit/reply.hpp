// Building responses from use-case results: JSON bodies, lists, private responses, and FastAPI's error shape.
#pragma once

#include <boost/json.hpp>

#include <string_view>
#include <utility>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/http/message.hpp>

namespace offertracker::adapters::http::kit {

// The body written by write_json (Python's number format).
response json_reply(unsigned status, const boost::json::value& body);

// {"detail": message}: FastAPI's error body, the shape of the OfferTracker and Recruiting surfaces.
response detail_reply(unsigned status, std::string_view message);

// Marks a response private to its requester (Cache-Control: no-store, unless the handler set a policy): every
// authenticated response and every response that carries a token (RFC 6749 §5.1).
response no_store(response r);

// The result's value rendered with `view` as JSON with `status`, or its error rendered by the surface's mapper.
template <class T, class View, class Errors>
response reply(const domain::result<T>& r, unsigned status, View&& view, Errors&& errors) {
    if (!r) return std::forward<Errors>(errors)(r.error());
    return json_reply(status, std::forward<View>(view)(*r));
}

// A list rendered with `view` per element.
template <class T, class View>
boost::json::array array_of(const std::vector<T>& items, View&& view) {
    boost::json::array out;
    out.reserve(items.size());
    for (const auto& item : items) out.push_back(view(item));
    return out;
}

}  // namespace offertracker::adapters::http::kit
