// Response helpers shared by every JSON surface.
#include <offertracker/http/kit/reply.hpp>

#include <offertracker/http/kit/json_writer.hpp>

namespace offertracker::adapters::http::kit {

response json_reply(unsigned status, const boost::json::value& body) { return response::json(status, write_json(body)); }

response detail_reply(unsigned status, std::string_view message) {
    return json_reply(status, boost::json::object{{"detail", message}});
}

response no_store(response r) {
    if (!r.header("Cache-Control")) r.set_header("Cache-Control", "no-store");
    return r;
}

}  // namespace offertracker::adapters::http::kit
