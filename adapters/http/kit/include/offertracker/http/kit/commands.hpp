// Commands read from a JSON body by one field list, and the handler step that runs them only when the body read.
#pragma once

#include <optional>
#include <utility>

#include <offertracker/http/kit/body_reader.hpp>
#include <offertracker/http/message.hpp>

namespace offertracker::adapters::http::kit {

// A reader of a Cmd whose fields `fields(body_reader&, Cmd&)` reads. One generic field list serves a create and
// an update command: their members share names, and body_reader::read picks required / optional / patch by type.
template <class Cmd, class Fields>
auto command(Fields fields) {
    return [fields](body_reader& b) {
        Cmd cmd;
        fields(b, cmd);
        return cmd;
    };
}

// Reads the command from `body` with `read`; answers the body's errors with `errors(domain::error)`, else runs
// `run(cmd)`.
template <class Read, class Run, class Errors>
response with_body(body_reader body, Read read, Run run, Errors errors) {
    auto cmd = read(body);
    if (auto e = std::move(body).finish()) return errors(*e);
    return run(cmd);
}

}  // namespace offertracker::adapters::http::kit
