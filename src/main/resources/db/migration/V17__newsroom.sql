-- What happens to the colleagues of a journalist who said yes (registered, decided) in the same
-- campaign and at the same outlet: CLOSE their sequences ("couvert par un collègue"), KEEP calling
-- them, or ASK (the chef de projet decides; the card tells the caller).
ALTER TABLE agency_policy ADD COLUMN newsroom_rule VARCHAR(8) NOT NULL DEFAULT 'CLOSE';

