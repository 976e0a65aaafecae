"""Bab 6 — E-government sebagai strategic enabler WoG.

``jejaring``  the networks of the four maturity stages
``linimasa``  the maturity timeline with Singapore's and Indonesia's milestones
``asesmen``   "Di mana instansi saya?": the self-assessment of an agency's stage
``_common``   the four stages and the years of the timeline, shared by the three
"""
