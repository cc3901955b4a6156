// Chat intents: ordered rules over the normalised message.
#include <offertracker/intake/intake.hpp>

namespace offertracker::intake {

intent parse_intent(std::string_view) { return {}; }  // TODO(intake helper): the rules

}  // namespace offertracker::intake
