// Shared validation of Recruiting commands.
#include <offertracker/recruiting/services.hpp>
