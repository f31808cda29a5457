/**
 * Particles that belong to a surname ("Roland de Marigny", "Robin van Persie", Italian "Lo"): "De Marigny" alone is a
 * surname, "R de Marigny" a team sheet's initial form, and "Rodrigo de Rato" the "Rodrigo Rato" of another
 * story. Shared by the people merge (people.ts) and the spelling variants (spellingVariants.ts).
 */
export const SURNAME_PARTICLES = /^(?:de|del|della|dal|dalla|der|den|di|da|das|dos|du|van|von|le|la|lo|ter|ten)$/i;
